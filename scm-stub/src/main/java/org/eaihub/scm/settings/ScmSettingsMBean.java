package org.eaihub.scm.settings;

/** The run-time settings over JMX, as {@code eaihub.scm:type=Settings}. */
public interface ScmSettingsMBean {

    long getDispatchDelayMs();

    void setDispatchDelayMs(long millis);

    long getDeliveryDelayMs();

    void setDeliveryDelayMs(long millis);

    long getSupplierLeadTimeMs();

    void setSupplierLeadTimeMs(long millis);

    long getDefaultReservationHoldMs();

    void setDefaultReservationHoldMs(long millis);

    int getMaxAttempts();

    void setMaxAttempts(int attempts);

    long getRetryBackoffMs();

    void setRetryBackoffMs(long millis);

    /** Back to the configured values. */
    void reset();
}
