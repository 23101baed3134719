package org.ecoledger.permit.enforcement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.ecoledger.permit.platform.PermitServiceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class EnforcementConfiguration {

    @Bean
    KafkaInbox.InboxSupport inboxSupport(PermitServiceProperties properties, JdbcClient jdbc, TransactionTemplate transactions,
                                         ObjectMapper json, EnforcementTopics topics, MeterRegistry meters) {
        return new KafkaInbox.InboxSupport(properties.kafka().bootstrapServers(), jdbc, transactions, json, topics, meters);
    }

    /** With Axon's default (log and go on) an event published while Kafka is down would be skipped for good. */
    @Autowired
    void stopPublicationOnFailure(EventProcessingConfigurer configurer) {
        configurer.registerListenerInvocationErrorHandler(EnforcementEventPublisher.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
