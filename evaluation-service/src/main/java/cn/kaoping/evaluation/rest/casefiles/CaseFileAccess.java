package cn.kaoping.evaluation.rest.casefiles;

import cn.kaoping.evaluation.query.casefiles.CaseFileView;
import cn.kaoping.evaluation.query.casefiles.CaseFilesQuery;
import cn.kaoping.web.problem.AccessDeniedException;
import cn.kaoping.web.problem.NotFoundException;
import cn.kaoping.web.security.AccessScope;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may see and act on a case file (API.md "by role and unit"). What a caller may see is the platform's
 * {@link AccessScope}: reviewers, leadership and ADMINs every file; a unit legal officer the files of his unit; an
 * officer the files he handles (primary or co-handler). Acting for a unit (pre-review, submission) is for the legal
 * officer of that very unit.
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

    /** The file if the caller may see it: 404 when unknown, 403 when not within his scope. */
    public CaseFileView readable(String caseFileId) {
        CaseFileView file = file(caseFileId);
        if (!scope().covers(file.unitId(), handlers(file))) {
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

    /** What the caller may see (403 for a caller who may see nothing). */
    public AccessScope scope() {
        return AccessScope.of(caller);
    }

    /** "His" file: he is its primary officer or one of its co-handlers. */
    private static List<String> handlers(CaseFileView file) {
        List<String> officers = new ArrayList<>(file.coHandlerIds());
        officers.add(file.primaryOfficerId());
        return officers;
    }
}
