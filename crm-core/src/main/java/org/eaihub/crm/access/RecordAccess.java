package org.eaihub.crm.access;

import org.eaihub.crm.customer.CustomerRecord;
import org.eaihub.crm.customer.Visibility;

/**
 * The record-level rule: administrators and the landscape's systems see everything; a shared record is open to
 * all CRM staff; a restricted one only to its owner, the owner's team and the staff it names.
 */
public final class RecordAccess {

    private RecordAccess() {
    }

    public static boolean mayAccess(Staff staff, CustomerRecord record) {
        if (staff.isAdminOrSystem() || record.getVisibility() == Visibility.SHARED) {
            return true;
        }
        return staff.username().equals(record.getOwner())
                || (staff.team() != null && staff.team().equals(record.getTeam()))
                || record.getRestrictedTo().contains(staff.username());
    }
}
