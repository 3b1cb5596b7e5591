package org.eaihub.crm.quality;

import java.util.List;

/** The customer looks like one the CRM already has; the matches say which and by which rule. */
public class DuplicateCustomerException extends RuntimeException {

    private final List<DuplicateMatch> matches;

    public DuplicateCustomerException(List<DuplicateMatch> matches) {
        super("Likely duplicate of " + matches.stream().map(m -> m.customerId() + " (" + m.rule() + ")").toList());
        this.matches = List.copyOf(matches);
    }

    public List<DuplicateMatch> matches() {
        return matches;
    }
}
