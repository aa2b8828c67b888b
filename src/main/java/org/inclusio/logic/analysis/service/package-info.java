/** The analyses of one store put together for the Analysis area and the command line. */
package org.inclusio.logic.analysis.service;
