"""tb_nanwatch: find where, when and why training went NaN, in TensorBoard."""

from setuptools import find_packages, setup

setup(
    name="tb_nanwatch",
    version="0.1.0",
    description="NaN/Inf onset, origin and likely causes for TensorFlow/Keras training, as a TensorBoard tab",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    packages=find_packages(include=["tb_nanwatch", "tb_nanwatch.*"]),
    package_data={"tb_nanwatch.plugin": ["static/*", "static/**/*", "http_api.md"]},
    include_package_data=True,
    python_requires=">=3.9",
    # The plugin and the analysis need no TensorFlow; the training hook does.
    install_requires=["numpy", "tensorboard>=2.16", "werkzeug"],
    extras_require={
        "train": ["tensorflow>=2.16", "keras>=3"],
        # jax and torch: the other Keras backends, watched as TensorFlow is (tests/test_hook_jax_torch.py)
        # (torch 2.13.0 is the CPU build these machines hold on disk: 20 s to install, no download).
        # tensorboardX: the writer of the logs of runs written without the watch (tests/test_foreign.py).
        "test": ["pytest", "playwright", "jax", "torch==2.13.0", "tensorboardX"],
    },
    entry_points={
        "tensorboard_plugins": ["tb_nanwatch = tb_nanwatch.plugin.loader:NanWatchLoader"],
        "console_scripts": ["tb-nanwatch = tb_nanwatch.cli:main"],
    },
)
