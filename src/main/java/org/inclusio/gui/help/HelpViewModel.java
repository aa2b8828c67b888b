package org.inclusio.gui.help;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import org.inclusio.logic.i18n.Guide;
import org.inclusio.logic.i18n.GuideCatalogue;
import org.inclusio.logic.i18n.HelpCatalogue;
import org.inclusio.logic.i18n.HelpTopic;
import org.inclusio.logic.i18n.TaskGuide;

/**
 * The help browser's state: a search text, the task guides and glossary topics that match it, and the page
 * being read (the contents, a guide or a topic).
 */
public final class HelpViewModel {

    private final HelpCatalogue catalogue;
    private final GuideCatalogue guideCatalogue;
    private final StringProperty query = new SimpleStringProperty("");
    private final FilteredList<HelpTopic> visibleTopics;
    private final FilteredList<Guide> visibleGuides;
    private final ObjectProperty<HelpTopic> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<HelpPage> page = new SimpleObjectProperty<>(new HelpPage.Contents());

    public HelpViewModel(HelpCatalogue catalogue, GuideCatalogue guides) {
        this.catalogue = catalogue;
        this.guideCatalogue = guides;
        this.visibleTopics = new FilteredList<>(FXCollections.observableArrayList(catalogue.topics()));
        this.visibleGuides = new FilteredList<>(FXCollections.observableArrayList(guides.guides()));
        query.addListener((observable, old, text) -> {
            visibleTopics.setPredicate(topic -> topic.matches(text));
            visibleGuides.setPredicate(guide -> guide.matches(text));
        });
    }

    /** Shows the topic with the given key, clearing the search so it is in the list. */
    public void show(String key) {
        catalogue.find(key).ifPresent(topic -> {
            query.set("");
            selected.set(topic);
            page.set(new HelpPage.TopicPage(topic));
        });
    }

    /** Shows a task guide, clearing the search so it is in the list. */
    public void showGuide(TaskGuide task) {
        query.set("");
        page.set(new HelpPage.GuidePage(guideCatalogue.guide(task)));
    }

    /** Shows the help's contents. */
    public void showContents() {
        page.set(new HelpPage.Contents());
    }

    /** Shows a guide chosen in the list (null when the list's selection is cleared: nothing changes). */
    public void choose(Guide guide) {
        if (guide != null && !new HelpPage.GuidePage(guide).equals(page.get())) {
            page.set(new HelpPage.GuidePage(guide));
        }
    }

    /** Shows a topic chosen in the glossary (null when the list's selection is cleared: nothing changes). */
    public void choose(HelpTopic topic) {
        if (topic != null && !new HelpPage.TopicPage(topic).equals(page.get())) {
            selected.set(topic);
            page.set(new HelpPage.TopicPage(topic));
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public FilteredList<HelpTopic> visibleTopics() {
        return visibleTopics;
    }

    public FilteredList<Guide> visibleGuides() {
        return visibleGuides;
    }

    /** Every guide, whatever the search, in the order of the contents. */
    public java.util.List<Guide> guides() {
        return guideCatalogue.guides();
    }

    public ObjectProperty<HelpTopic> selectedProperty() {
        return selected;
    }

    public ObjectProperty<HelpPage> pageProperty() {
        return page;
    }
}
