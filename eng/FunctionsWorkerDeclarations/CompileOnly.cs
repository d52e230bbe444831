// Not a copy of anything: the one exception every declaration in this project throws.

namespace Microsoft.Azure.Functions.Worker;

internal static class CompileOnly
{
    internal const string Message =
        "compile-only declaration: build with the real Functions packages to run this";

    internal static NotSupportedException Fail() => new(Message);
}
