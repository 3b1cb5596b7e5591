/**
 * Who may see and change which customer record, and the audit trail of reads of restricted records, refused
 * attempts and every change. Administrators decide which records are shared among staff and which stay with
 * named employees (the textbook's 客户资源共享 rule).
 */
package org.eaihub.crm.access;
