package id.penghubung.casefile;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.MonthTrend;
import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The periodic report's two trend charts, drawn with PDFBox: received, answered and completed per
 * month (grouped bars, each with its value); and the on-time follow-up share per month (a 100 %
 * bar, on time green at the bottom, late red above, the on-time percent written over it).
 */
final class ReportCharts {
    static final Color ON_TIME = new Color(0x2E, 0x7D, 0x32);
    static final Color LATE = new Color(0xC6, 0x28, 0x28);
    private static final Color[] VOLUME = {new Color(0x45, 0x5A, 0x64), new Color(0x1E, 0x63, 0xB4), new Color(0x00, 0x83, 0x8F)};
    private static final float HEIGHT = 130f;
    private static final float LABEL = 6f;
    /** The room a chart takes below its title. */
    static final float NEED = HEIGHT + 2 * LABEL + 40;

    private final PageFlow flow;
    private final Messages msg;
    private final DateTimeFormatter monthLabel;

    ReportCharts(PageFlow flow, Messages msg) {
        this.flow = flow;
        this.msg = msg;
        this.monthLabel = DateTimeFormatter.ofPattern("MMM yy", msg.locale());
    }

    void volumes(List<MonthTrend> months) throws IOException {
        List<ToIntFunction<MonthTrend>> series = List.of(MonthTrend::received, MonthTrend::answered, MonthTrend::completed);
        List<String> names = List.of(msg.get("report.pdf.chart.received"), msg.get("report.pdf.chart.answered"),
                msg.get("report.pdf.chart.completed"));
        int max = 1;
        for (MonthTrend m : months) {
            for (ToIntFunction<MonthTrend> s : series) {
                max = Math.max(max, s.applyAsInt(m));
            }
        }
        float base = frame();
        PDPageContentStream cs = flow.stream();
        float slot = PageFlow.WIDTH / months.size();
        float bar = Math.min(16f, (slot - 6) / 3);
        for (int i = 0; i < months.size(); i++) {
            MonthTrend m = months.get(i);
            float x0 = PageFlow.LEFT + i * slot + (slot - 3 * bar) / 2;
            for (int s = 0; s < 3; s++) {
                int value = series.get(s).applyAsInt(m);
                float h = HEIGHT * value / max;
                cs.setNonStrokingColor(VOLUME[s]);
                cs.addRect(x0 + s * bar, base, bar - 1, h);
                cs.fill();
                centred(Integer.toString(value), x0 + s * bar + (bar - 1) / 2, base + h + 2, PageFlow.INK);
            }
            centred(monthLabel.format(m.month()), PageFlow.LEFT + i * slot + slot / 2, base - 10, PageFlow.MUTED);
        }
        legend(base - 22, names, List.of(VOLUME));
    }

    void onTime(List<MonthTrend> months) throws IOException {
        float base = frame();
        PDPageContentStream cs = flow.stream();
        float slot = PageFlow.WIDTH / months.size();
        float bar = Math.min(28f, slot - 8);
        for (int i = 0; i < months.size(); i++) {
            MonthTrend m = months.get(i);
            float x = PageFlow.LEFT + i * slot + (slot - bar) / 2;
            float centre = x + bar / 2;
            if (m.followUpDue() == 0) {
                centred(msg.get("report.pdf.chart.nothingDue"), centre, base + 2, PageFlow.MUTED);
            } else {
                float onTime = HEIGHT * m.followUpOnTime() / m.followUpDue();
                cs.setNonStrokingColor(ON_TIME);
                cs.addRect(x, base, bar, onTime);
                cs.fill();
                cs.setNonStrokingColor(LATE);
                cs.addRect(x, base + onTime, bar, HEIGHT - onTime);
                cs.fill();
                centred(percent(m.followUpOnTimePercent().getAsDouble()), centre, base + HEIGHT + 2, PageFlow.INK);
                centred(m.followUpOnTime() + "/" + m.followUpDue(), centre, base + HEIGHT + 2 + LABEL + 2, PageFlow.MUTED);
            }
            centred(monthLabel.format(m.month()), centre, base - 10, PageFlow.MUTED);
        }
        legend(base - 22, List.of(msg.get("report.pdf.chart.onTime"), msg.get("report.pdf.chart.late")), List.of(ON_TIME, LATE));
    }

    String percent(double value) {
        return String.format(msg.locale(), "%.1f%%", value);
    }

    /** Room for the chart on this page; the baseline of its bars, with an axis line drawn. */
    private float frame() throws IOException {
        float need = NEED;
        flow.ensure(need);
        float base = flow.y() - 2 * LABEL - 8 - HEIGHT;
        PDPageContentStream cs = flow.stream();
        cs.setStrokingColor(PageFlow.RULE);
        cs.setLineWidth(0.6f);
        cs.moveTo(PageFlow.LEFT, base);
        cs.lineTo(PageFlow.RIGHT, base);
        cs.stroke();
        flow.moveTo(flow.y() - need);
        return base;
    }

    private void legend(float baseline, List<String> names, List<Color> colors) throws IOException {
        PDPageContentStream cs = flow.stream();
        float x = PageFlow.LEFT;
        for (int i = 0; i < names.size(); i++) {
            cs.setNonStrokingColor(colors.get(i));
            cs.addRect(x, baseline, 8, 6);
            cs.fill();
            String clean = TextSanitizer.cleanLine(names.get(i), FontFace.REGULAR);
            flow.show(clean, flow.fonts().regular(), 7f, x + 11, baseline, PageFlow.INK);
            x += 11 + FontFace.REGULAR.width(clean, 7f) + 16;
        }
    }

    private void centred(String text, float centre, float baseline, Color color) throws IOException {
        String clean = TextSanitizer.cleanLine(text, FontFace.REGULAR);
        flow.show(clean, flow.fonts().regular(), LABEL, centre - FontFace.REGULAR.width(clean, LABEL) / 2, baseline, color);
    }
}
