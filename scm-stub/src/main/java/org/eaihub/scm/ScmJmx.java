package org.eaihub.scm;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import org.eaihub.scm.faults.FaultKnobs;
import org.eaihub.scm.faults.Outage;
import org.eaihub.scm.faults.ScmFaults;
import org.eaihub.scm.faults.ScmFaultsMBean;
import org.eaihub.scm.settings.RuntimeSettings;
import org.eaihub.scm.settings.ScmSettings;
import org.eaihub.scm.settings.ScmSettingsMBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Registers the fault knobs ({@code eaihub.scm:type=Faults}) and the run-time settings
 * ({@code eaihub.scm:type=Settings}) as plain MBeans on the platform MBean server, independent of Spring's
 * JMX export. JMX is how an operator ends an outage, since REST is down during one.
 */
@Component
@ConditionalOnProperty(name = "eaihub.scm.jmx.enabled", havingValue = "true", matchIfMissing = true)
public class ScmJmx implements InitializingBean, DisposableBean {

    public static final String FAULTS = "eaihub.scm:type=Faults";
    public static final String SETTINGS = "eaihub.scm:type=Settings";

    private static final Logger LOG = LoggerFactory.getLogger(ScmJmx.class);

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final List<ObjectName> registered = new ArrayList<>();
    private final FaultKnobs knobs;
    private final Outage outage;
    private final RuntimeSettings settings;

    public ScmJmx(FaultKnobs knobs, Outage outage, RuntimeSettings settings) {
        this.knobs = knobs;
        this.outage = outage;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() throws JMException {
        register(FAULTS, new StandardMBean(new ScmFaults(knobs, outage), ScmFaultsMBean.class));
        register(SETTINGS, new StandardMBean(new ScmSettings(settings), ScmSettingsMBean.class));
    }

    /** A second SCM in the same JVM (a test) replaces the first one's MBeans. */
    private void register(String name, Object mbean) throws JMException {
        ObjectName objectName = new ObjectName(name);
        if (server.isRegistered(objectName)) {
            LOG.warn("MBean {} was registered already; replacing it", name);
            server.unregisterMBean(objectName);
        }
        server.registerMBean(mbean, objectName);
        registered.add(objectName);
    }

    @Override
    public void destroy() {
        for (ObjectName name : registered) {
            try {
                if (server.isRegistered(name)) {
                    server.unregisterMBean(name);
                }
            } catch (JMException e) {
                LOG.warn("Cannot unregister {}: {}", name, e.toString());
            }
        }
        registered.clear();
    }
}
