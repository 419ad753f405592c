"""Digital Bridge (数字桥): an offline digital-skills trainer for older and rural learners."""

__version__ = "0.1.0"
APP_NAME = "DigitalBridge"
