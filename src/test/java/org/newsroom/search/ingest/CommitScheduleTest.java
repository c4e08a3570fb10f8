package org.newsroom.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommitScheduleTest {

    private final AtomicInteger commits = new AtomicInteger();

    @Test
    void commitsOnceEveryArticlesHaveBeenDoneSinceTheLastCommitEvenWhenTheExactMultipleWasMissed() {
        CommitSchedule schedule = new CommitSchedule(3, Duration.ofHours(1));

        assertThat(schedule.maybeCommit(2, commits::incrementAndGet)).isFalse();
        assertThat(schedule.maybeCommit(3, commits::incrementAndGet)).isTrue();
        assertThat(schedule.maybeCommit(5, commits::incrementAndGet)).isFalse();
        // 6 was reported by a thread that found another commit running: 7 must still commit.
        assertThat(schedule.maybeCommit(7, commits::incrementAndGet)).isTrue();
        assertThat(commits).hasValue(2);
    }

    @Test
    void aFailedCommitIsNotRetriedByEveryFollowingArticle() {
        CommitSchedule schedule = new CommitSchedule(2, Duration.ofHours(1));

        assertThatThrownBy(() -> schedule.maybeCommit(2, () -> {
            throw new IllegalStateException("disk full");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(schedule.maybeCommit(3, commits::incrementAndGet)).isFalse();
        assertThat(schedule.maybeCommit(4, commits::incrementAndGet)).isTrue();
    }
}
