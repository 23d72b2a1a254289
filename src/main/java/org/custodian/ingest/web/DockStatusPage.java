package org.custodian.ingest.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.ingest.ClipSummary;
import org.custodian.ingest.InactiveAtSource;
import org.custodian.ingest.IngestRefusals;
import org.custodian.ingest.ReceivedClips;
import org.custodian.ingest.Refusal;
import org.custodian.ingest.SourceDirectories;
import org.custodian.ingest.UploadInProgress;
import org.custodian.ingest.UploadsInProgress;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /ingest}: how docking is going, for the administrators who run the docks, the supervisors whose
 * officers dock and the evidence officers who review quarantined clips. It lists clips and who they are
 * attributed to, so each view is audited like any read of clip records.
 */
@Controller
@PreAuthorize(DockStatusPage.VIEWERS)
class DockStatusPage {

    static final String VIEWERS = "hasAnyRole('ADMINISTRATOR', 'SUPERVISOR', 'EVIDENCE_OFFICER')";

    static final int UPLOADS_SHOWN = 200;
    static final int CLIPS_SHOWN = 50;
    static final int QUARANTINED_SHOWN = 100;
    static final int INACTIVE_SHOWN = 100;

    private final List<UploadsInProgress> sources;
    private final List<SourceDirectories> directories;
    private final ReceivedClips clips;
    private final IngestRefusals refusals;
    private final AuditLog audit;

    DockStatusPage(List<UploadsInProgress> sources, List<SourceDirectories> directories, ReceivedClips clips,
            IngestRefusals refusals, AuditLog audit) {
        this.sources = sources;
        this.directories = directories;
        this.clips = clips;
        this.refusals = refusals;
        this.audit = audit;
    }

    @GetMapping("/ingest")
    String status(Model model) {
        List<UploadInProgress> uploads = sources.stream().flatMap(source -> source.inProgress(UPLOADS_SHOWN).stream())
                .sorted(Comparator.comparing(UploadInProgress::lastActivityAt).reversed()).limit(UPLOADS_SHOWN).toList();
        List<ClipSummary> completed = clips.newest(CLIPS_SHOWN);
        List<ClipSummary> quarantined = clips.quarantined(QUARANTINED_SHOWN);
        List<Refusal> refused = refusals.newest(IngestRefusals.KEPT);
        List<InactiveAtSource> inactive = directories.stream()
                .flatMap(directory -> directory.inactive(INACTIVE_SHOWN).stream()).limit(INACTIVE_SHOWN).toList();
        audit.record(AuditEvent.succeeded("ingest.status-viewed", "ingest", "docks")
                .with("uploadsInProgress", uploads.size()).with("clipsShown", completed.size())
                .with("quarantinedShown", quarantined.size()).with("refusalsShown", refused.size())
                .with("inactiveShown", inactive.size()));
        model.addAttribute("streaming", clips.streamingNow());
        model.addAttribute("streamingLimit", clips.streamingLimit());
        model.addAttribute("uploads", uploads);
        model.addAttribute("completed", completed);
        model.addAttribute("quarantined", quarantined);
        model.addAttribute("refused", refused);
        model.addAttribute("inactive", inactive);
        model.addAttribute("inactiveCameras", inactive.stream().filter(InactiveAtSource::isDevice)
                .map(InactiveAtSource::id).collect(Collectors.toSet()));
        return "ingest/status";
    }
}
