package org.eaihub.scm.settings;

/** The JMX face of the run-time settings. */
public class ScmSettings implements ScmSettingsMBean {

    private final RuntimeSettings settings;

    public ScmSettings(RuntimeSettings settings) {
        this.settings = settings;
    }

    @Override
    public long getDispatchDelayMs() {
        return settings.values().dispatchDelayMs();
    }

    @Override
    public void setDispatchDelayMs(long millis) {
        settings.update(new RuntimeSettings.Values(millis, null, null, null, null, null));
    }

    @Override
    public long getDeliveryDelayMs() {
        return settings.values().deliveryDelayMs();
    }

    @Override
    public void setDeliveryDelayMs(long millis) {
        settings.update(new RuntimeSettings.Values(null, millis, null, null, null, null));
    }

    @Override
    public long getSupplierLeadTimeMs() {
        return settings.values().supplierLeadTimeMs();
    }

    @Override
    public void setSupplierLeadTimeMs(long millis) {
        settings.update(new RuntimeSettings.Values(null, null, millis, null, null, null));
    }

    @Override
    public long getDefaultReservationHoldMs() {
        return settings.values().defaultReservationHoldMs();
    }

    @Override
    public void setDefaultReservationHoldMs(long millis) {
        settings.update(new RuntimeSettings.Values(null, null, null, millis, null, null));
    }

    @Override
    public int getMaxAttempts() {
        return settings.values().maxAttempts();
    }

    @Override
    public void setMaxAttempts(int attempts) {
        settings.update(new RuntimeSettings.Values(null, null, null, null, attempts, null));
    }

    @Override
    public long getRetryBackoffMs() {
        return settings.values().retryBackoffMs();
    }

    @Override
    public void setRetryBackoffMs(long millis) {
        settings.update(new RuntimeSettings.Values(null, null, null, null, null, millis));
    }

    @Override
    public void reset() {
        settings.reset();
    }
}
