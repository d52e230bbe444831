using System.Text;
using System.Text.Json;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using static ReviewFunctions.Domain.Tests.Reviews.TestProcedures;

namespace ReviewFunctions.Domain.Tests.Reviews;

/// <summary>
/// A snapshot taken at any point of a review's history, read back and folded on with the events after it, must be
/// the review that replaying every event gives: the same state, schedule and decisions.
/// </summary>
public sealed class ReviewSnapshotTests
{
    /// <summary>Every fourth of the random histories' seeds: each history is checked at every point, which costs the square of its length.</summary>
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 50).Select(i => 1 + (4 * i))];

    public static TheoryData<string> Kinds() => EveryProcedureRunsTests.Kinds();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_snapshot_anywhere_in_a_random_history_folds_on_to_the_replayed_review(int seed) =>
        AssertEverySnapshotFoldsOn(RandomHistoryTests.Play(seed));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_snapshot_anywhere_in_a_whole_life_folds_on_to_the_replayed_review(string kind) =>
        AssertEverySnapshotFoldsOn(EveryProcedureRunsTests.Live(kind));

    [Fact]
    public void A_snapshot_of_another_format_is_not_read()
    {
        var (json, procedures) = SnapshotOfAReferral();
        var other = json.Replace($"\"format\":{ReviewSnapshot.Format},", $"\"format\":{ReviewSnapshot.Format + 1},", StringComparison.Ordinal);

        Assert.NotEqual(json, other);
        Assert.NotNull(ReviewSnapshot.Read(json, procedures));
        Assert.Null(ReviewSnapshot.Read(other, procedures));
    }

    [Fact]
    public void A_snapshot_folded_under_other_procedures_is_not_read()
    {
        var (json, procedures) = SnapshotOfAReferral();
        var changed = ProcedureCatalogue.Load(new Dictionary<string, byte[]>
        {
            ["roles.json"] = Encoding.UTF8.GetBytes(Roles),
            ["test.json"] = Encoding.UTF8.GetBytes(Test.Replace("\"amount\": 6, \"unit\": \"months\"", "\"amount\": 7, \"unit\": \"months\"", StringComparison.Ordinal)),
        });

        Assert.Equal(procedures, Catalogue().Fingerprint);
        Assert.NotEqual(procedures, changed.Fingerprint);
        Assert.Null(ReviewSnapshot.Read(json, changed.Fingerprint));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("{\"format\":1,\"procedures\":\"p\",\"state\":null}")]
    public void A_snapshot_that_cannot_be_read_is_not_read(string json) =>
        Assert.Null(ReviewSnapshot.Read(json, "p"));

    [Fact]
    public void A_damaged_snapshot_is_not_read()
    {
        var (json, procedures) = SnapshotOfAReferral();

        Assert.Null(ReviewSnapshot.Read(json[..(json.Length / 2)], procedures));
        Assert.Null(ReviewSnapshot.Read(json.Replace("\"reference\":", "\"referenc\":", StringComparison.Ordinal), procedures));
    }

    private static (string Json, string Procedures) SnapshotOfAReferral()
    {
        var engine = Engine();
        return (ReviewSnapshot.Write(engine.Replay([Referral()]), engine.Catalogue.Fingerprint), engine.Catalogue.Fingerprint);
    }

    private static void AssertEverySnapshotFoldsOn(ReviewDriver driver)
    {
        var engine = driver.Engine;
        var procedures = engine.Catalogue.Fingerprint;
        var history = driver.History;
        var replayed = engine.Replay(history);
        var expected = ReviewSnapshot.Write(replayed, procedures);
        var expectedSchedule = engine.Schedule(replayed);
        var last = history[^1].At;
        DateTimeOffset[] instants = [last, last.AddDays(1), last.AddDays(40)];
        var expectedDecisions = instants.Select(now => Decision(engine, replayed, now)).ToList();

        ReviewState? atK = null;
        for (var k = 1; k <= history.Count; k++)
        {
            atK = atK is null ? engine.Replay(history.Take(1)) : engine.Evolve(atK, history[k - 1]);
            var snapshot = ReviewSnapshot.Write(atK, procedures);
            var read = ReviewSnapshot.Read(snapshot, procedures);
            Assert.NotNull(read);
            Assert.Equal(snapshot, ReviewSnapshot.Write(read, procedures));

            var folded = history.Skip(k).Aggregate(read, engine.Evolve);

            Assert.Equal(expected, ReviewSnapshot.Write(folded, procedures));
            Assert.Equal(replayed.Finished, folded.Finished);
            Assert.Equal(expectedSchedule, engine.Schedule(folded));
            Assert.Equal(expectedDecisions, instants.Select(now => Decision(engine, folded, now)));
        }

        Assert.Equal(expected, ReviewSnapshot.Write(driver.State, procedures));
    }

    /// <summary>What the engine decides, as JSON: its events and commands hold lists, which records compare by reference.</summary>
    private static string Decision(ReviewEngine engine, ReviewState state, DateTimeOffset now) =>
        JsonSerializer.Serialize(engine.Decide(state, now), ReviewJson.Options);
}
