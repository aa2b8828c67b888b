package org.inclusio.gui.util;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.inclusio.logic.i18n.Localization;

/** Loads a screen's FXML, which lies beside its View class, with the View as controller and the interface texts. */
public final class Fxml {

    private static final Pattern LABEL_FOR = Pattern.compile("<Label\\b[^>]*?\\slabelFor=\"\\$(\\w+)\"[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\slabelFor=\"\\$\\w+\"");
    private static final Pattern ID = Pattern.compile("\\sfx:id=\"(\\w+)\"");

    private Fxml() {
    }

    /**
     * Loads the file. A label's {@code labelFor="$field"} names the control a screen reader announces it with
     * (and its mnemonic focuses). FXML resolves such a reference only to an element written before the
     * label, and silently to nothing otherwise; forms write the label first, so the references are taken out
     * before loading and set once every element exists. A label that wraps its text keeps it whole
     * ({@link WholeText}).
     *
     * @param view       the View class; the FXML file is found next to it
     * @param file       the FXML file name, e.g. {@code "ActivityEditor.fxml"}
     * @param controller the View instance whose {@code @FXML} fields are filled
     * @return the FXML's root node
     */
    public static <T> T load(Class<?> view, String file, Object controller, Localization l10n) {
        URL location = view.getResource(file);
        if (location == null) {
            throw new IllegalStateException("No FXML file " + file + " beside " + view.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, l10n.messages());
        loader.setController(controller);
        try (InputStream in = location.openStream()) {
            Map<String, String> labels = new LinkedHashMap<>();
            String text = withoutLabelReferences(new String(in.readAllBytes(), StandardCharsets.UTF_8), labels);
            T root = loader.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            Map<String, Object> namespace = loader.getNamespace();
            labels.forEach((labelId, target) -> {
                if (namespace.get(labelId) instanceof Label label && namespace.get(target) instanceof Node node) {
                    label.setLabelFor(node);
                } else {
                    throw new IllegalStateException(file + ": a label is for " + target + ", which is not in the file");
                }
            });
            if (root instanceof Node node) {
                WholeText.keepWrappedTextWhole(node);
            }
            return root;
        } catch (IOException e) {
            // a missing or broken FXML file is a defect of the build, not something the user can act on
            throw new UncheckedIOException("Cannot load " + file, e);
        }
    }

    /** The FXML without its labels' references, each label given an id when it had none; fills label id -> target. */
    static String withoutLabelReferences(String fxml, Map<String, String> labels) {
        Matcher tags = LABEL_FOR.matcher(fxml);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (tags.find()) {
            String tag = tags.group();
            String target = tags.group(1);
            Matcher id = ID.matcher(tag);
            String labelId;
            String rewritten = ATTRIBUTE.matcher(tag).replaceFirst("");
            if (id.find()) {
                labelId = id.group(1);
            } else {
                labelId = "labelFor" + (n++) + "_" + target;
                rewritten = rewritten.replaceFirst("<Label\\b", "<Label fx:id=\"" + labelId + "\"");
            }
            labels.put(labelId, target);
            tags.appendReplacement(out, Matcher.quoteReplacement(rewritten));
        }
        tags.appendTail(out);
        return out.toString();
    }
}
