package cn.kaoping.training.query.evaluation;

import cn.kaoping.training.TrainingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/**
 * The T3/T4 thresholds of the rulebook version in force on a day (the latest published version effective on or
 * before it), as the evaluation stream published them; the configured defaults while no version is known.
 */
@ApplicationScoped
public class Thresholds {

    private final TrainingSettings settings;

    Thresholds(TrainingSettings settings) {
        this.settings = settings;
    }

    /** What training applies of a rulebook version. */
    public record InForce(String versionId, boolean laggingOnRedCard, int laggingProblemFilesPerQuarter,
                          int rotationTrainingDaysPerYear) {
    }

    public InForce on(Handle h, LocalDate day) {
        return h.createQuery("""
                        SELECT version_id, lagging_on_red_card, lagging_problem_files_per_quarter,
                               rotation_training_days_per_year
                          FROM ev_rulebook WHERE effective_from <= :day
                         ORDER BY effective_from DESC, version_id DESC LIMIT 1""")
                .bind("day", day)
                .map((row, ctx) -> new InForce(row.getString(1), row.getBoolean(2), row.getInt(3), row.getInt(4)))
                .findOne()
                .orElseGet(() -> new InForce(null, true, settings.defaultLaggingProblemFilesPerQuarter(),
                        settings.defaultRotationTrainingDaysPerYear()));
    }
}
