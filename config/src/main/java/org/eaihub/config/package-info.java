/**
 * What every application of the landscape shares: the data directory, users and roles, the HTTP security
 * baseline, correlation ids across HTTP, JMS and Kafka, Kafka client settings and topic declarations.
 * The configuration files themselves ({@code application.yml}, one file per system, {@code broker.xml})
 * live in this module's resources so that every application reads the same ones.
 */
package org.eaihub.config;
