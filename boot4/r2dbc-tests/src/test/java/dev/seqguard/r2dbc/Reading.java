package dev.seqguard.r2dbc;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A row of {@code reading}, its id handed out by the table's {@code bigserial} sequence.
 *
 * @param id the id, {@code null} until inserted
 * @param name the reading's name
 */
public record Reading(@Id @Nullable Long id, String name) {

}
