package org.inclusio.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void aPsqlStyleAddressBecomesTheDriversUrlWithTheUserApart() {
        ServerAddress address = ServerAddress.parse("postgresql://officer@db.region.example:6543/inclusio?sslmode=verify-full")
                .orElseThrow();

        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db.region.example:6543/inclusio?sslmode=verify-full");
        assertThat(address.user()).isEqualTo("officer");
        assertThat(address.displayName()).isEqualTo("officer@db.region.example:6543/inclusio");
        assertThat(address.folderName()).isEqualTo("db.region.example-6543-inclusio-officer");
    }

    @Test
    void theDefaultPortAndAJdbcUrlWithTheUserAsAnOptionAreUnderstood() {
        ServerAddress address = ServerAddress.parse("jdbc:postgresql://localhost/region?user=coordinator").orElseThrow();

        assertThat(address.port()).isEqualTo(5432);
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/region");
        assertThat(address.user()).isEqualTo("coordinator");
        assertThat(address.displayName()).isEqualTo("coordinator@localhost/region");
    }

    @Test
    void aFolderIsNoServer() {
        assertThat(ServerAddress.parse("/home/officer/inclusio")).isEmpty();
        assertThat(ServerAddress.parse("C:\\Users\\officer\\Inclusio")).isEmpty();
        assertThat(ServerAddress.isServer("postgres://host/db")).isTrue();
    }

    @Test
    void aPasswordInTheAddressIsRefusedSoThatItNeverReachesAHistoryOrALog() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://officer:secret@host/db"))
                .hasMessageContaining("password").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://host/db?password=secret"))
                .hasMessageContaining("password").hasMessageNotContaining("secret");
    }

    @Test
    void anAddressWithoutHostOrDatabaseIsRefused() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql:///db")).hasMessageContaining("host");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://host")).hasMessageContaining("database");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://host/")).hasMessageContaining("database");
    }

    @Test
    void thePasswordFileMatchesHostPortDatabaseAndUserWithWildcards() {
        ServerAddress address = ServerAddress.parse("postgresql://officer@db.example/inclusio").orElseThrow();

        assertThat(PasswordFile.matches("db.example:5432:inclusio:officer:pw", address)).isTrue();
        assertThat(PasswordFile.matches("*:*:*:officer:pw", address)).isTrue();
        assertThat(PasswordFile.matches("db.example:5433:inclusio:officer:pw", address)).isFalse();
        assertThat(PasswordFile.matches("db.example:5432:other:officer:pw", address)).isFalse();
        assertThat(PasswordFile.matches("# db.example:5432:inclusio:officer:pw", address)).isFalse();
    }
}
