package org.eaihub.erp.soap;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.eaihub.erp.soap.api.ErpFault;

/**
 * Marks a business refusal ({@link ErpFault}) as the client's fault (soap:Client): the same request will be
 * refused again, unlike a soap:Server fault, which a client may retry.
 */
class BusinessFaultCodeInterceptor extends AbstractPhaseInterceptor<Message> {

    BusinessFaultCodeInterceptor() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault && fault.getCause() instanceof ErpFault) {
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        }
    }
}
