package org.eaihub.scm.contract;

import java.util.List;

/** A consolidated pull list for the supplier hub: what to deliver to which warehouse. */
public record PullList(String type, int schemaVersion, String requestId, String pullListId, String supplier,
        List<Line> lines) implements ScmCommand {

    public record Line(String sku, String warehouse, int quantity) {
    }

    @Override
    public String reference() {
        return pullListId;
    }
}
