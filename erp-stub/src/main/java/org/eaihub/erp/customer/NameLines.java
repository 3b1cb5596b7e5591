package org.eaihub.erp.customer;

/**
 * SAP keeps a name in lines of 35 characters (NAME1, NAME2): a longer name is split at the last space that
 * fits, and continues on the second line.
 */
public final class NameLines {

    public static final int LINE = 35;

    /** The first and second line; the second is null when the name fits on one. */
    public record Lines(String name1, String name2) {
    }

    private NameLines() {
    }

    public static Lines split(String name) {
        String text = name.strip();
        if (text.length() <= LINE) {
            return new Lines(text, null);
        }
        int cut = text.lastIndexOf(' ', LINE);
        if (cut <= 0) {
            cut = LINE;
        }
        String rest = text.substring(cut).strip();
        return new Lines(text.substring(0, cut).strip(), rest.length() <= LINE ? rest : rest.substring(0, LINE));
    }
}
