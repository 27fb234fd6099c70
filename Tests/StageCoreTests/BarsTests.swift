import Testing

@testable import StageCore

/// Bars are drawn as the render options say, not as any earlier table left them.
@Suite struct BarsTests {
    static let table = Table(columns: [Column("stage"), Column("")], rows: [[.text("New"), .bar(1)], [.text("Won"), .bar(0.5)]])

    @Test func drawnToTheOptionsWidth() {
        let wide = TableRenderer.render(Self.table, RenderOptions(format: .table, bars: Bars(width: 8)))
        #expect(wide.contains(" New   | ████████\n"))
        #expect(wide.contains(" Won   | ████\n"))
        let plain = TableRenderer.render(Self.table, RenderOptions(format: .table, bars: Bars(width: 10, plain: true)))
        #expect(plain.contains(" New   | ##########\n"))
        #expect(plain.contains(" Won   | #####\n"))
        // Each render has its own: one drawn narrow does not narrow the next.
        #expect(TableRenderer.render(Self.table, .init(format: .table)).contains(String(repeating: "█", count: 20)))
    }

    @Test func eighthsAndClamping() {
        let bars = Bars(width: 2)
        #expect(bars.draw(0.5) == "█")
        #expect(bars.draw(1 / 16) == "▏")
        #expect(bars.draw(2) == "██")
        #expect(bars.draw(.nan) == "")
    }

    /// The funnel's leak: the last part of a bar light, in whole columns.
    @Test func lostPart() {
        #expect(Bars(width: 4).draw(1, lost: 0.25) == "███░")
        #expect(Bars(width: 8).draw(0.5, lost: 0.25) == "██░░")
        #expect(Bars(width: 4).draw(0.5, lost: 0.5) == "░░")
        #expect(Bars(width: 4).draw(0.5, lost: 2) == "░░")
        #expect(Bars(width: 4, plain: true).draw(1, lost: 0.25) == "###.")
    }

    /// A waterfall's deals out: whole columns of light shade, `.` on a dumb terminal, clamped at a full bar.
    @Test func negativeShares() {
        #expect(Bars(width: 2).draw(-1) == "░░")
        #expect(Bars(width: 4).draw(-0.5) == "░░")
        #expect(Bars(width: 4).draw(-3) == "░░░░")
        #expect(Bars(width: 4, plain: true).draw(-0.5) == "..")
        #expect(Bars(width: 4).draw(-0.01) == "")
    }

    @Test func machineFormatsCarryTheShare() {
        #expect(TableRenderer.render(Self.table, RenderOptions(format: .csv, bars: Bars(width: 3))) == "stage,\nNew,1.0000\nWon,0.5000\n")
    }
}
