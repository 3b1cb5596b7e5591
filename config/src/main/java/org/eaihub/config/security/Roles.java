package org.eaihub.config.security;

/**
 * The roles of the landscape. Integration clients are the backends that use the hub's queues and
 * endpoints; operators watch and steer; CRM users work with customer records; administrators do all of it;
 * system accounts are the applications themselves talking to each other and to the brokers.
 */
public final class Roles {
    public static final String INTEGRATION_CLIENT = "INTEGRATION_CLIENT";
    public static final String OPERATOR = "OPERATOR";
    public static final String CRM_USER = "CRM_USER";
    public static final String ADMIN = "ADMIN";
    public static final String SYSTEM = "SYSTEM";

    private Roles() {
    }
}
