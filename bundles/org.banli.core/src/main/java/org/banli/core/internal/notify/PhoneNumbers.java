package org.banli.core.internal.notify;

import java.util.regex.Pattern;

/** Personal phone numbers in text the public reads, in every form people write them, masked. */
public final class PhoneNumbers {

    private static final String GAP = "[ \\u00A0-]?";
    private static final String COUNTRY = "(?:\\+|00)86" + GAP;
    private static final String LOCAL = GAP + "\\d{3,4}" + GAP + "\\d{4}";
    /** Mobiles, and landlines with their area code (bracketed or not), with or without +86, digits grouped or not. */
    private static final Pattern PHONE_NUMBER = Pattern.compile("(?<!\\d)(?:"
            + "(?:" + COUNTRY + ")?1[3-9]\\d(?:" + GAP + "\\d{4}){2}"
            + "|[(（]?0\\d{2,3}[)）]?" + LOCAL
            + "|" + COUNTRY + "[(（]?\\d{2,3}[)）]?" + LOCAL
            + ")(?!\\d)");

    private PhoneNumbers() {}

    public static String masked(String text) {
        return text == null ? null : PHONE_NUMBER.matcher(text).replaceAll("***");
    }
}
