package org.inclusio.gui.help;

import org.inclusio.logic.i18n.Guide;
import org.inclusio.logic.i18n.HelpTopic;

/** What the help window shows on its right: the contents, a task guide or the explanation of a term. */
public sealed interface HelpPage {

    /** The help's contents: the task guides and the glossary. */
    record Contents() implements HelpPage {
    }

    /** A task guide. */
    record GuidePage(Guide guide) implements HelpPage {
    }

    /** A term or concept of the glossary. */
    record TopicPage(HelpTopic topic) implements HelpPage {
    }
}
