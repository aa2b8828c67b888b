package org.inclusio.logic.report;

/**
 * Text made safe for the report's XHTML: markup characters escaped, and characters XML does not allow
 * (control characters, unpaired surrogates) dropped, so that nothing a person typed can change the
 * document's structure or stop it from being read.
 */
final class Html {

    private Html() {
    }

    /** Text for an element's content; null becomes empty. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Text for an attribute value in double quotes; line breaks become spaces. */
    static String attribute(String value) {
        return text(value == null ? null : value.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
