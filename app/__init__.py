"""redbrief: cited answers from a corpus of extradition and red-notice materials.

Importing the package switches off every network path of the libraries it uses
(model hubs, telemetry, Gradio analytics) before any of them is imported.
"""

import os

for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ[_key] = _value  # forced: this app never talks to the network

from app.assistant import Answer, Assistant, Citation, QuestionError  # noqa: E402
from app.config import Settings  # noqa: E402
from app.filters import Filters  # noqa: E402

__all__ = ["Answer", "Assistant", "Citation", "Filters", "QuestionError", "Settings"]
__version__ = "0.1.0"
