package org.banli.api.user;

/**
 * Someone a form lets a person choose, by name: the account stays behind the name.
 *
 * @param unitCode the unit they work in, to tell two people of one name apart; {@code null} for none
 */
public record Person(String username, String name, String unitCode) {}
