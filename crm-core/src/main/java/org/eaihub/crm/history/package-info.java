/** What each customer ordered, was invoiced, paid and received: a read model the hub feeds (消费信息). */
package org.eaihub.crm.history;
