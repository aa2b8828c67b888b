package org.inclusio.gui.help;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import org.inclusio.logic.i18n.HelpCatalogue;
import org.inclusio.logic.i18n.HelpTopic;

/** The help browser's state: a search text, the topics that match it, and the one being read. */
public final class HelpViewModel {

    private final HelpCatalogue catalogue;
    private final StringProperty query = new SimpleStringProperty("");
    private final FilteredList<HelpTopic> visibleTopics;
    private final ObjectProperty<HelpTopic> selected = new SimpleObjectProperty<>();

    public HelpViewModel(HelpCatalogue catalogue) {
        this.catalogue = catalogue;
        this.visibleTopics = new FilteredList<>(FXCollections.observableArrayList(catalogue.topics()));
        query.addListener((observable, old, text) -> visibleTopics.setPredicate(topic -> topic.matches(text)));
        if (!catalogue.topics().isEmpty()) {
            selected.set(catalogue.topics().get(0));
        }
    }

    /** Shows the topic with the given key, clearing the search so it is in the list. */
    public void show(String key) {
        catalogue.find(key).ifPresent(topic -> {
            query.set("");
            selected.set(topic);
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public FilteredList<HelpTopic> visibleTopics() {
        return visibleTopics;
    }

    public ObjectProperty<HelpTopic> selectedProperty() {
        return selected;
    }
}
