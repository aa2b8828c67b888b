/**
 * The limits of every field a person can enter or a file can bring in, kept in one place: the
 * editors' validators, the interchange format's field catalogue and the spreadsheet import all read
 * them from here, so nothing comes in by one road that another refuses.
 */
package org.inclusio.logic.catalogue;
