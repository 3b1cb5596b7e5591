package org.eaihub.scm.faults;

/** Opens and closes the application's HTTP port. */
public interface ConnectorSwitch {

    /** Stops accepting connections: a client gets "connection refused". */
    void close();

    void open();
}
