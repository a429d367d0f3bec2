package org.banli.api.unit;

/**
 * A handling unit (承办单位), e.g. 县教育局.
 *
 * @param code short stable code used in URLs and imports, e.g. {@code jyj}
 * @param name the unit's Chinese name
 */
public record Unit(String code, String name) {}
