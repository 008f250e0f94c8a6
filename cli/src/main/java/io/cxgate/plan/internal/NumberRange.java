package io.cxgate.plan.internal;

/**
 * A number range as people write it: North American E.164 numbers grouped ({@code +1 317-555-0100}) with the end
 * shortened to its line number when the area code and exchange are the same ({@code +1 317-555-0100…0199});
 * other numbers (extensions, other countries) as written ({@code 1000…1999}, {@code +442071234500…+442071234699}).
 */
final class NumberRange {
    private static final String NANP = "\\+1[2-9]\\d{2}[2-9]\\d{6}";

    private NumberRange() {
    }

    static String format(String start, String end) {
        if (end == null || end.isBlank() || end.equals(start)) {
            return phone(start);
        }
        if (start.matches(NANP) && end.matches(NANP)) {
            boolean sameExchange = start.substring(0, 8).equals(end.substring(0, 8));
            return phone(start) + "…" + (sameExchange ? end.substring(8) : phone(end));
        }
        return start + "…" + end;
    }

    private static String phone(String number) {
        if (!number.matches(NANP)) {
            return number;
        }
        return "+1 " + number.substring(2, 5) + "-" + number.substring(5, 8) + "-" + number.substring(8);
    }
}
