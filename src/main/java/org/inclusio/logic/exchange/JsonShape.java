package org.inclusio.logic.exchange;

/** The kind of JSON value a place in the file must hold; named in messages as exchange.shape.NAME. */
enum JsonShape { TEXT, WHOLE_NUMBER, NUMBER, TRUE_OR_FALSE, LIST, OBJECT }
