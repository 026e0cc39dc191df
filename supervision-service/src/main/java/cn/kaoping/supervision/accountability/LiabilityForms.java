package cn.kaoping.supervision.accountability;

import cn.kaoping.supervision.SupervisionSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The configurable list of forms of liability (S2), Order 138's other handlings and the sanctions by default. */
@ApplicationScoped
public class LiabilityForms {

    static final String ORDER_138 = "ORDER_138";
    static final String DISCIPLINARY = "DISCIPLINARY";

    /** PROCESS.md's defaults: Order 138 art. 27's other handlings, then the disciplinary sanctions. */
    public static final List<LiabilityForm> DEFAULTS = List.of(
            new LiabilityForm("ADMONITION_TALK", "诫勉谈话", ORDER_138),
            new LiabilityForm("WRITTEN_SELF_CRITICISM", "责令作出书面检查", ORDER_138),
            new LiabilityForm("NO_COMMENDATION", "取消评选先进的资格", ORDER_138),
            new LiabilityForm("CIRCULATED_CRITICISM", "通报批评", ORDER_138),
            new LiabilityForm("SUSPENSION", "停止执行职务", ORDER_138),
            new LiabilityForm("DEFERRED_PROMOTION", "延期晋级晋职或者降低警衔", ORDER_138),
            new LiabilityForm("RESIGNATION_OR_REMOVAL", "引咎辞职责令辞职或者免职", ORDER_138),
            new LiabilityForm("TRANSFER_OUT", "限期调离公安机关", ORDER_138),
            new LiabilityForm("DISMISSAL", "辞退或者取消录用", ORDER_138),
            new LiabilityForm("WARNING", "警告", DISCIPLINARY),
            new LiabilityForm("DEMERIT", "记过", DISCIPLINARY),
            new LiabilityForm("MAJOR_DEMERIT", "记大过", DISCIPLINARY),
            new LiabilityForm("DEMOTION", "降级", DISCIPLINARY),
            new LiabilityForm("REMOVAL_FROM_POST", "撤职", DISCIPLINARY),
            new LiabilityForm("EXPULSION", "开除", DISCIPLINARY));

    private final List<LiabilityForm> forms;

    LiabilityForms(SupervisionSettings settings) {
        Optional<List<SupervisionSettings.Form>> configured = settings.liabilityForms();
        this.forms = configured.filter(list -> !list.isEmpty())
                .map(list -> list.stream().map(f -> new LiabilityForm(f.code(), f.name(), f.track())).toList())
                .orElse(DEFAULTS);
    }

    public List<LiabilityForm> all() {
        return forms;
    }

    public Optional<LiabilityForm> find(String code) {
        return forms.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public String nameOf(String code) {
        return find(code).map(LiabilityForm::name).orElse(code);
    }
}
