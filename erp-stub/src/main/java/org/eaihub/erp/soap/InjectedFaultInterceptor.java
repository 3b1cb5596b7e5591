package org.eaihub.erp.soap;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.eaihub.erp.common.ErpMessage;
import org.eaihub.erp.common.ReturnMessage;
import org.eaihub.erp.faults.FaultInjectionFilter;
import org.eaihub.erp.faults.FaultKind;

/**
 * Raises the SOAP fault that the fault knobs picked for this call ({@link FaultInjectionFilter}), after the
 * request was read and validated and before the operation runs: nothing is processed.
 */
class InjectedFaultInterceptor extends AbstractPhaseInterceptor<Message> {

    InjectedFaultInterceptor() {
        super(Phase.PRE_INVOKE);
    }

    @Override
    public void handleMessage(Message message) {
        Object request = message.get(AbstractHTTPDestination.HTTP_REQUEST);
        if (!(request instanceof HttpServletRequest http)
                || !(http.getAttribute(FaultInjectionFilter.INJECTED_FAULT) instanceof FaultKind kind)) {
            return;
        }
        if (kind == FaultKind.BUSINESS) {
            Fault fault = new Fault(ErpSoapService.fault(List.of(ReturnMessage.of(ErpMessage.INJECTED_LOCK,
                    "The document", "BATCH_JOB"))));
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
            throw fault;
        }
        throw new Fault(new IllegalStateException("ERP internal error: the application server did not answer"
                + " (injected fault)"));
    }
}
