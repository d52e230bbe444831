namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>What a form is made of once its format is set aside: lines of text and grids of cells, in reading order.</summary>
internal abstract record FormBlock;

internal sealed record TextBlock(string Text) : FormBlock;

internal sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows) : FormBlock;
