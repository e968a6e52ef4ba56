package org.sitrep.store;

import java.time.LocalDate;

/** Where and when a located event happened: what space-time statistics need of it. */
public record EventPoint(LocalDate date, double lat, double lon) {
}
