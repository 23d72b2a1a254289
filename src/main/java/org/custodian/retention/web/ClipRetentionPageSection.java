package org.custodian.retention.web;

import java.util.List;

import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipPageSection;
import org.custodian.evidence.Viewer;
import org.custodian.retention.HoldKind;
import org.custodian.retention.Holds;
import org.custodian.retention.RetentionSchedule;
import org.custodian.retention.web.RetentionJson.HoldJson;
import org.springframework.stereotype.Component;

/**
 * The retention section of a clip's page ({@code retention/clip}): its rule and dates, its holds (released ones
 * too) and its restriction, with the forms to place and release holds and to restrict and lift, for the roles
 * that may. Whoever has opened the clip sees it; opening is audited by the page.
 */
@Component
class ClipRetentionPageSection implements ClipPageSection {

    /** What the section shows: the retention as the API has it, the released holds, and whether it can change. */
    record View(RetentionJson retention, List<HoldJson> released, List<HoldKind> kinds, boolean changeable) {
    }

    private final RetentionSchedule schedule;
    private final Holds holds;

    ClipRetentionPageSection(RetentionSchedule schedule, Holds holds) {
        this.schedule = schedule;
        this.holds = holds;
    }

    @Override
    public String template() {
        return "retention/clip";
    }

    @Override
    public Object of(Viewer viewer, Clip clip) {
        RetentionJson retention = RetentionJson.of(schedule.of(clip.id()));
        List<HoldJson> released = holds.all(clip.id()).stream().filter(h -> !h.inForce()).map(HoldJson::of).toList();
        boolean changeable = !retention.state().equals("DELETING") && !retention.state().equals("DELETED");
        return new View(retention, released, List.of(HoldKind.values()), changeable);
    }
}
