package org.eaihub.crm.atp;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eaihub.crm.UniqueKeys;
import org.eaihub.crm.quality.CustomerValidationException;
import org.eaihub.crm.quality.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Merges the SCM's figures into the CRM's ATP view, one SKU at a time (row lock), and reads them. */
@Service
public class AtpService {

    private final AtpRepository balances;
    private final TransactionTemplate transactions;

    public AtpService(AtpRepository balances, TransactionTemplate transactions) {
        this.balances = balances;
        this.transactions = transactions;
    }

    /** The SKU's view after the update, and whether the update changed it. */
    public record Merged(boolean applied, AtpView atp) {
    }

    public Merged update(String sku, AtpUpdate update) {
        Set<String> named = new HashSet<>();
        for (int i = 0; i < update.warehouses().size(); i++) {
            if (!named.add(update.warehouses().get(i).warehouse())) {
                throw new CustomerValidationException(List.of(new FieldError("warehouses[" + i + "].warehouse",
                        "unique", "names a warehouse twice")));
            }
        }
        return UniqueKeys.retryOnRace(() -> transactions.execute(status -> {
            Optional<AtpBalance> known = balances.findForUpdate(sku);
            if (known.isEmpty()) {
                AtpFigures figures = AtpFigures.of(update);
                balances.saveAndFlush(new AtpBalance(sku, figures));
                return new Merged(true, AtpView.of(sku, figures));
            }
            AtpFigures before = known.get().figures();
            AtpFigures after = before.mergedWith(update);
            if (!after.equals(before)) {
                known.get().set(after);
            }
            return new Merged(!after.equals(before), AtpView.of(sku, after));
        }));
    }

    public Optional<AtpView> read(String sku) {
        return balances.findById(sku).map(b -> AtpView.of(sku, b.figures()));
    }

    public List<AtpView> read(List<String> skus) {
        return balances.findAllById(skus).stream().map(b -> AtpView.of(b.getSku(), b.figures()))
                .sorted(Comparator.comparing(AtpView::sku)).toList();
    }
}
