package org.ecoledger.support.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.ecoledger.common.kafka.Topic;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates topics of the published language as the registry defines them, whichever service gets
 * there first; a topic that exists already is left as it is. Retention is unlimited: these topics
 * are the history consumers rebuild their state from.
 */
public final class TopicProvisioning {

    private TopicProvisioning() {
    }

    public static void ensure(Admin admin, List<Topic> topics, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        for (Topic topic : topics) {
            var definition = new NewTopic(topic.name(), topic.partitions(), (short) -1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
            try {
                admin.createTopics(List.of(definition)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
