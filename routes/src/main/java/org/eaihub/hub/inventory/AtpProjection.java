package org.eaihub.hub.inventory;

import org.eaihub.adapters.scm.ScmInventoryEvent;
import org.eaihub.hub.backend.CrmClient;

/**
 * One SCM stock change as the CRM's ATP figures: the warehouse's available stock and the SKU's total, as of the
 * moment the SCM changed them. The CRM keeps only figures newer than those it holds, so events that arrive late, out
 * of order or twice change nothing.
 */
public class AtpProjection {

    public enum Outcome { APPLIED, NOT_NEWER }

    private final CrmClient crm;

    public AtpProjection(CrmClient crm) {
        this.crm = crm;
    }

    public Outcome apply(ScmInventoryEvent.InventoryChanged change) {
        return crm.updateAtp(change.sku(), change.occurredAt(), change.totalAvailable(), change.warehouse(),
                change.available()) ? Outcome.APPLIED : Outcome.NOT_NEWER;
    }
}
