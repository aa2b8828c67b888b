package org.inclusio.gui.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Both themes keep text at 4.5:1 or more against the backgrounds it stands on, and focus indicators at 3:1 or
 * more against the backgrounds around them (WCAG 2.2, 1.4.3 and 1.4.11), measured from the colours the style
 * sheets name: the program's own for the standard theme, with the high-contrast sheet's on top for the other.
 */
class ThemeContrastTest {

    private static final double TEXT = 4.5;
    private static final double FOCUS = 3.0;

    /** Text colour, background colour: every pair the style sheets put together. */
    private static final String[][] TEXT_PAIRS = {
        {"-inclusio-ink", "-inclusio-background"},
        {"-inclusio-ink", "-inclusio-surface"},
        {"-inclusio-ink", "-inclusio-sidebar"},
        {"-inclusio-ink", "-inclusio-hover"},
        {"-inclusio-muted", "-inclusio-background"},
        {"-inclusio-muted", "-inclusio-surface"},
        {"-inclusio-muted", "-inclusio-sidebar"},
        {"-inclusio-teal-dark", "-inclusio-background"},
        {"-inclusio-teal-dark", "-inclusio-sidebar"},
        {"-inclusio-teal-dark", "-inclusio-help-background"},
        {"-inclusio-on-teal", "-inclusio-teal"},
        {"-inclusio-on-teal", "-inclusio-teal-dark"},
        {"-inclusio-on-teal", "-inclusio-error"},
        {"-inclusio-error", "-inclusio-background"},
        {"-inclusio-error", "-inclusio-surface"},
        {"-inclusio-warning", "-inclusio-background"},
        {"-inclusio-warning", "-inclusio-surface"},
        {"-inclusio-gap-text", "-inclusio-gap-background"},
    };

    /** Focus colour, background around it. */
    private static final String[][] FOCUS_PAIRS = {
        {"-fx-focus-color", "-inclusio-background"},
        {"-fx-focus-color", "-inclusio-surface"},
        {"-fx-focus-color", "-inclusio-sidebar"},
        {"-inclusio-accent", "-inclusio-background"},
        {"-inclusio-accent", "-inclusio-sidebar"},
        {"-inclusio-focus", "-inclusio-background"},
    };

    /** JavaFX's own controls in high contrast: their text, selected rows and prompts. */
    private static final String[][] HIGH_CONTRAST_CONTROL_PAIRS = {
        {"-fx-text-base-color", "-fx-base"},
        {"-fx-text-inner-color", "-fx-control-inner-background"},
        {"-fx-text-inner-color", "-fx-control-inner-background-alt"},
        {"-fx-selection-bar-text", "-fx-selection-bar"},
        {"-fx-selection-bar-text", "-fx-selection-bar-non-focused"},
        {"-fx-prompt-text-fill", "-fx-control-inner-background"},
    };

    @Test
    void theStandardThemeHasReadableTextAndVisibleFocus() throws IOException {
        Map<String, String> colours = rootColours("/org/inclusio/gui/inclusio.css", new LinkedHashMap<>());
        assertThat(failures(colours, TEXT_PAIRS, TEXT)).isEmpty();
        assertThat(failures(colours, FOCUS_PAIRS, FOCUS)).isEmpty();
    }

    @Test
    void theHighContrastThemeHasReadableTextAndVisibleFocus() throws IOException {
        Map<String, String> colours = rootColours("/org/inclusio/gui/high-contrast.css",
                rootColours("/org/inclusio/gui/inclusio.css", new LinkedHashMap<>()));
        assertThat(failures(colours, TEXT_PAIRS, TEXT)).isEmpty();
        assertThat(failures(colours, FOCUS_PAIRS, FOCUS)).isEmpty();
        assertThat(failures(colours, HIGH_CONTRAST_CONTROL_PAIRS, TEXT)).isEmpty();
        // high contrast is more than the standard: its text at least 7:1 (the AAA level)
        assertThat(failures(colours, TEXT_PAIRS, 7.0)).isEmpty();
    }

    @Test
    void theMeasureIsWcags() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
    }

    private static List<String> failures(Map<String, String> colours, String[][] pairs, double least) {
        List<String> failed = new ArrayList<>();
        for (String[] pair : pairs) {
            String front = resolve(colours, pair[0]);
            String back = resolve(colours, pair[1]);
            double ratio = contrast(front, back);
            if (ratio < least) {
                failed.add(String.format("%s %s on %s %s: %.2f:1, less than %.1f:1", pair[0], front, pair[1], back,
                        ratio, least));
            }
        }
        return failed;
    }

    /** The colours named in a style sheet's .root block, put over those given. */
    private static Map<String, String> rootColours(String sheet, Map<String, String> under) throws IOException {
        String css;
        try (InputStream in = Objects.requireNonNull(ThemeContrastTest.class.getResourceAsStream(sheet), sheet)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        Matcher root = Pattern.compile("(?s)(^|\\})\\s*\\.root\\s*\\{(.*?)\\}").matcher(css);
        assertThat(root.find()).as(sheet + " has a .root block").isTrue();
        Matcher declaration = Pattern.compile("(-[\\w-]+)\\s*:\\s*([^;]+);").matcher(root.group(2));
        Map<String, String> colours = new LinkedHashMap<>(under);
        while (declaration.find()) {
            colours.put(declaration.group(1), declaration.group(2).trim());
        }
        return colours;
    }

    private static String resolve(Map<String, String> colours, String name) {
        String value = name;
        for (int hops = 0; value.startsWith("-") && hops < 10; hops++) {
            value = Objects.requireNonNull(colours.get(value), "no colour named " + value);
        }
        assertThat(value).as(name).matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?");
        return value;
    }

    /** WCAG's contrast ratio of two colours (#rrggbb; an alpha part is ignored). */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
