package cn.kaoping.evaluation.rest.casefiles;

import cn.kaoping.evaluation.query.casefiles.CaseFileView;
import cn.kaoping.evaluation.query.casefiles.CaseFilesQuery;
import cn.kaoping.evaluation.query.casefiles.Visibility;
import cn.kaoping.web.problem.AccessDeniedException;
import cn.kaoping.web.problem.NotFoundException;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may see and act on a case file (API.md "by role and unit"): reviewers, leadership and ADMINs every file;
 * a unit legal officer the files of his unit; an officer the files he handles (primary or co-handler).
 */
@RequestScoped
public class CaseFileAccess {

    private final Caller caller;
    private final CaseFilesQuery files;

    CaseFileAccess(Caller caller, CaseFilesQuery files) {
        this.caller = caller;
        this.files = files;
    }

    /** The file, 404 when unknown. */
    public CaseFileView file(String caseFileId) {
        return files.find(caseFileId).orElseThrow(() -> new NotFoundException("caseFile.notFound", caseFileId));
    }

    /** The file if the caller may see it: 404 when unknown, 403 when not his. */
    public CaseFileView readable(String caseFileId) {
        CaseFileView file = file(caseFileId);
        if (!mayRead(file)) {
            throw new AccessDeniedException("access.caseFile");
        }
        return file;
    }

    /** The file if the caller is a legal officer of its unit (pre-review, submission). */
    public CaseFileView ofOwnUnit(String caseFileId) {
        caller.requireAnyRole(Roles.UNIT_LEGAL_OFFICER);
        CaseFileView file = file(caseFileId);
        if (!caller.isOfUnit(file.unitId())) {
            throw new AccessDeniedException("access.unit");
        }
        return file;
    }

    public boolean mayRead(CaseFileView file) {
        return caller.seesAllUnits()
                || caller.hasRole(Roles.UNIT_LEGAL_OFFICER) && caller.isOfUnit(file.unitId())
                || caller.hasRole(Roles.OFFICER) && file.handledBy(caller.id());
    }

    /** What a search may return to the caller. */
    public Visibility visibility() {
        if (caller.seesAllUnits()) {
            return Visibility.everything();
        }
        return Visibility.limitedTo(caller.hasRole(Roles.UNIT_LEGAL_OFFICER) ? caller.unitId() : null,
                caller.hasRole(Roles.OFFICER) ? caller.id() : null);
    }
}
