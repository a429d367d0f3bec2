package org.banli.api.intake;

/**
 * An uploaded spreadsheet.
 *
 * @param name    its file name, whose ending (.xlsx, .csv) says how to read it
 * @param content its bytes
 */
public record IntakeFile(String name, byte[] content) {}
