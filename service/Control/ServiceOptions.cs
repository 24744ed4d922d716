using System.Globalization;
using Fakecam.Api;
using Fakecam.DBus;
using Fakecam.Daemon.Refinement;
using Fakecam.Daemon.Segmentation;
using static Fakecam.Api.FakecamBus.Options;

namespace Fakecam.Daemon.Control;

/// <summary>The tuning options of GetOptions/SetOptions, validated, with their text form for the state file.</summary>
public sealed record ServiceOptions
{
    public MaskRefinementOptions Refinement { get; init; } = MaskRefinementOptions.Default;

    public string Model { get; init; } = ModelCatalog.DefaultModelName;

    /// <summary>Flip the picture left to right, as a mirror shows it.</summary>
    public bool Mirror { get; init; }

    /// <summary>Highest frame rate sent to apps; 0 = the camera's.</summary>
    public uint FpsCap { get; init; }

    public Dictionary<string, DBusVariant> ToVariants() => new()
    {
        [Threshold] = Refinement.Threshold,
        [Feather] = Refinement.Feather,
        [Dilation] = Refinement.Dilation,
        [Smoothing] = Refinement.Smoothing,
        [EdgeRefinement] = Refinement.EdgeRefinement,
        [FakecamBus.Options.Model] = Model,
        [FakecamBus.Options.Mirror] = Mirror,
        [FakecamBus.Options.FpsCap] = FpsCap,
    };

    public Dictionary<string, string> ToText() =>
        ToVariants().ToDictionary(option => option.Key, option => Format(option.Value));

    /// <summary>
    /// These options with <paramref name="changes"/> applied. Throws <see cref="DBusErrorException"/>
    /// (InvalidArgument) for an unknown key, a value of the wrong type or out of range, or an unknown model.
    /// </summary>
    public ServiceOptions With(IReadOnlyDictionary<string, DBusVariant> changes, IReadOnlyCollection<string> models)
    {
        ServiceOptions result = this;
        foreach ((string key, DBusVariant value) in changes)
        {
            string signature = SignatureOf(key);
            if (value.Signature != signature)
                throw Invalid($"Option {key} takes a value of type \"{signature}\", not \"{value.Signature}\".");
            result = result.With(key, value, models);
        }
        try
        {
            result.Refinement.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw Invalid(e.Message.Split(" (Parameter")[0]);
        }
        return result;
    }

    /// <summary>Options from the state file; values that no longer parse keep their defaults.</summary>
    public static ServiceOptions FromText(IReadOnlyDictionary<string, string> saved, IReadOnlyCollection<string> models)
    {
        var options = new ServiceOptions();
        foreach ((string key, string text) in saved)
        {
            try
            {
                options = options.With(new Dictionary<string, DBusVariant> { [key] = DBusVariant.Parse(SignatureOf(key), text) }, models);
            }
            catch (Exception e) when (e is DBusErrorException or FormatException)
            {
                // A value from an older version or edited by hand: the default stands.
            }
        }
        return options;
    }

    private ServiceOptions With(string key, DBusVariant value, IReadOnlyCollection<string> models) => key switch
    {
        Threshold => this with { Refinement = Refinement with { Threshold = value.AsDouble() } },
        Feather => this with { Refinement = Refinement with { Feather = value.AsDouble() } },
        Dilation => this with { Refinement = Refinement with { Dilation = value.AsInt32() } },
        Smoothing => this with { Refinement = Refinement with { Smoothing = value.AsDouble() } },
        EdgeRefinement => this with { Refinement = Refinement with { EdgeRefinement = value.AsBoolean() } },
        FakecamBus.Options.Model => models.Contains(value.AsString())
            ? this with { Model = value.AsString() }
            : throw Invalid($"No model named \"{value.AsString()}\"; the models are: {string.Join(", ", models)}."),
        FakecamBus.Options.Mirror => this with { Mirror = value.AsBoolean() },
        _ => value.AsUInt32() <= 120 ? this with { FpsCap = value.AsUInt32() } : throw Invalid("fps-cap must be 0 (no cap) to 120."),
    };

    private static string SignatureOf(string key)
    {
        foreach ((string name, string signature) in All)
        {
            if (name == key)
                return signature;
        }
        throw Invalid($"Unknown option \"{key}\"; the options are: {string.Join(", ", All.Select(o => o.Key))}.");
    }

    private static string Format(DBusVariant value) => value.Value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };

    private static DBusErrorException Invalid(string message) => new(FakecamBus.Errors.InvalidArgument, message);
}
