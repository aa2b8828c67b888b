package org.inclusio.logic.i18n;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The task guides in the reader's language, read from the {@value Localization#GUIDES} bundle: for each
 * guide a {@code title}, a {@code summary} and numbered sections {@code 1.heading}, {@code 1.text},
 * {@code 2.heading} ... up to the first number that is missing.
 */
public final class GuideCatalogue {

    private final Map<TaskGuide, Guide> guides = new EnumMap<>(TaskGuide.class);

    public GuideCatalogue(Localization l10n) {
        ResourceBundle bundle = Localization.bundle(Localization.GUIDES, l10n.locale());
        for (TaskGuide task : TaskGuide.values()) {
            guides.put(task, read(bundle, task));
        }
    }

    private static Guide read(ResourceBundle bundle, TaskGuide task) {
        String prefix = task.prefix();
        List<Guide.Section> sections = new ArrayList<>();
        for (int number = 1; bundle.containsKey(prefix + number + ".heading"); number++) {
            sections.add(new Guide.Section(text(bundle, prefix + number + ".heading"),
                    text(bundle, prefix + number + ".text")));
        }
        return new Guide(task, text(bundle, prefix + "title"), text(bundle, prefix + "summary"), sections);
    }

    private static String text(ResourceBundle bundle, String key) {
        // a missing text is a defect that GuideTextsTest catches; never crash on it
        return bundle.containsKey(key) ? bundle.getString(key) : "!" + key + "!";
    }

    /** Every guide, in the order of {@link TaskGuide}. */
    public List<Guide> guides() {
        return List.copyOf(guides.values());
    }

    public Guide guide(TaskGuide task) {
        return guides.get(task);
    }
}
