package org.eaihub.canonical.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** List normalisation for the records of the model. Internal: not part of the public API. */
public final class Lists {

    private Lists() {
    }

    /**
     * An unmodifiable copy; {@code null} becomes the empty list, so that "absent" and "empty" are one state on the
     * wire and after a round trip. Null elements are kept, for validation to report them with their index.
     */
    public static <T> List<T> copyOf(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
