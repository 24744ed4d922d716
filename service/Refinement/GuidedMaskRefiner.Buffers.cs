using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Refinement;

public sealed partial class GuidedMaskRefiner
{
    /// <summary>Everything one model size and frame format needs, allocated once.</summary>
    private sealed class Buffers
    {
        private readonly int _width;
        private readonly int _height;
        private readonly FrameFormat _format;
        private readonly float[] _scratch;
        private readonly float[] _paddedRow;
        private readonly ResamplingTaps _horizontal;
        private readonly ResamplingTaps _vertical;
        private readonly float[] _wideA;
        private readonly float[] _wideB;

        public Buffers(int width, int height, FrameFormat format)
        {
            _width = width;
            _height = height;
            _format = format;
            int pixels = width * height;
            Smoothed = new float[pixels];
            Mask = new float[pixels];
            Guide = new float[pixels];
            Product = new float[pixels];
            MeanGuide = new float[pixels];
            MeanMask = new float[pixels];
            MeanGuideSquared = new float[pixels];
            MeanGuideMask = new float[pixels];
            A = new float[pixels];
            B = new float[pixels];
            _scratch = new float[pixels];
            _paddedRow = new float[width + 2 * Math.Max(GuideRadius, MaskRefinementOptions.MaxDilation)];
            GuideResampler = new PlaneResampler(format.Width, format.Height, width, height);
            _horizontal = ResamplingTaps.Bilinear(width, 0, width, format.Width);
            _vertical = ResamplingTaps.Bilinear(height, 0, height, format.Height);
            _wideA = new float[height * format.Width];
            _wideB = new float[height * format.Width];
        }

        public float[] Smoothed { get; }
        public float[] Mask { get; }
        public float[] Guide { get; }
        public float[] Product { get; }
        public float[] MeanGuide { get; }
        public float[] MeanMask { get; }
        public float[] MeanGuideSquared { get; }
        public float[] MeanGuideMask { get; }
        public float[] A { get; }
        public float[] B { get; }
        public PlaneResampler GuideResampler { get; }

        public bool Matches(ModelDescriptor model, FrameFormat format) =>
            model.InputWidth == _width && model.InputHeight == _height && format.Width == _format.Width && format.Height == _format.Height;

        public void Window<TOperator>(float[] source, float[] destination, int radius, float scale) where TOperator : IWindowOperator =>
            WindowFilter.Apply<TOperator>(source, destination, _scratch, _paddedRow, _width, _height, radius, scale);

        /// <summary>Upsamples A, B along rows once per model row, then evaluates alpha = a·Y + b for every frame row.</summary>
        public void Upsample(VideoFrame frame, AlphaMask mask)
        {
            int width = _format.Width;
            for (int y = 0; y < _height; y++)
            {
                RowResampler.Resample(A.AsSpan(y * _width, _width), _horizontal, _wideA.AsSpan(y * width, width));
                RowResampler.Resample(B.AsSpan(y * _width, _width), _horizontal, _wideB.AsSpan(y * width, width));
            }
            Span<byte> luma = mask.Luma;
            ReadOnlySpan<byte> guide = frame.Y;
            for (int y = 0; y < _format.Height; y++)
            {
                (int top, int bottom, float topWeight, float bottomWeight) = VerticalTaps(y);
                GuidedUpsampling.ApplyRow(
                    _wideA.AsSpan(top * width, width), _wideA.AsSpan(bottom * width, width),
                    _wideB.AsSpan(top * width, width), _wideB.AsSpan(bottom * width, width),
                    topWeight, bottomWeight, guide.Slice(y * frame.LumaStride, width), luma.Slice(y * width, width));
            }
            int chromaWidth = _format.ChromaWidth;
            Span<byte> chroma = mask.Chroma;
            for (int cy = 0; cy < _format.ChromaHeight; cy++)
            {
                int bottom = Math.Min(2 * cy + 1, _format.Height - 1);
                ChromaAlpha.DownsampleRow(luma.Slice(2 * cy * width, width), luma.Slice(bottom * width, width),
                    chroma.Slice(cy * chromaWidth, chromaWidth));
            }
        }

        private (int Top, int Bottom, float TopWeight, float BottomWeight) VerticalTaps(int y)
        {
            int top = _vertical.First[y];
            if (_vertical.TapCount == 1)
                return (top, top, 1f, 0f);
            int rows = _vertical.DestinationSize;
            return (top, top + 1, _vertical.Weights[y], _vertical.Weights[rows + y]);
        }
    }
}
